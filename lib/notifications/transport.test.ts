import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailTransport, DEFAULT_MAIL_FROM } from './transport';

/** A minimal SMTP server on the loopback interface that records each message it accepts. */
function fakeSmtpServer(received: { from: string; data: string }[]): Server {
  return createServer((socket) => {
    let inData = false;
    let from = '';
    let data = '';
    let buffer = '';
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push({ from, data });
            socket.write('250 queued\r\n');
          } else data += `${line}\n`;
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250 test\r\n');
        else if (/^MAIL FROM:/i.test(line)) {
          from = line.slice(10);
          socket.write('250 ok\r\n');
        } else if (/^RCPT TO:/i.test(line)) socket.write('250 ok\r\n');
        else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
}

describe('mail transport', () => {
  const received: { from: string; data: string }[] = [];
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = fakeSmtpServer(received);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends nothing when SMTP_URL is not set: the dev mailbox in demo mode, nothing readable otherwise', async () => {
    const transport = createMailTransport({ DEMO: '1' });
    expect(transport.kind).toBe('dev_mailbox');
    await expect(transport.send({ to: 'a@demo.test', subject: 'S', text: 'T' })).resolves.toBeUndefined();
    expect(createMailTransport({}).kind).toBe('none');
  });

  it('sends through SMTP_URL from the service’s no-reply address, or MAIL_FROM', async () => {
    const smtp = createMailTransport({ SMTP_URL: url });
    expect(smtp.kind).toBe('smtp');
    await smtp.send({
      to: 'eleve@demo.test',
      subject: 'Réinitialisation',
      text: 'Ouvrez ce lien : https://exemple.fr/x',
    });
    await createMailTransport({ SMTP_URL: url, MAIL_FROM: 'Équipe <equipe@exemple.fr>' }).send({
      to: 'b@demo.test',
      subject: 'S',
      text: 'T',
    });

    expect(received[0]!.from).toContain(/<([^>]+)>/.exec(DEFAULT_MAIL_FROM)![1]);
    expect(received[0]!.data).toMatch(/^To: eleve@demo\.test$/m);
    expect(received[0]!.data).toContain('https://exemple.fr/x');
    // Plain text and HTML, as two parts of one message.
    expect(received[0]!.data).toMatch(/Content-Type: text\/plain/);
    expect(received[0]!.data).toMatch(/Content-Type: text\/html/);
    expect(received[1]!.from).toContain('equipe@exemple.fr');
  });
});
