'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { clientIp } from '@/lib/auth/client-address';
import { requireRole, requireUser } from '@/lib/auth/session';
import { formFailure, parseForm, type FormState } from '@/lib/forms';
import { resendRepresentativeLink } from './link-mutations';
import { batchCodeSchema, batchSignatureSchema, signatureSchema, signatureTargetSchema } from './schemas';
import {
  requestBatchSignatureCode,
  requestSignatureCode,
  signAgreement,
  signAgreementBatch,
  type SignerRef,
} from './signature-mutations';
import { SIGNATURE_CODE_MINUTES } from './signature-rules';

/*
 * The signature forms: a code e-mailed, then the name and the code typed. An account signs the
 * convention of its space; a legal representative signs through the token of their link.
 */

const UNKNOWN = 'Convention introuvable : rechargez la page.';

/** The signer and the convention a form names, or null when it names neither properly. */
async function signerOf(formData: FormData): Promise<{ ref: SignerRef; agreementId: string } | null> {
  const target = signatureTargetSchema.safeParse({
    ...(formData.get('agreementId') && { agreementId: formData.get('agreementId') }),
    ...(formData.get('token') && { token: formData.get('token') }),
  });
  if (!target.success) return null;
  if ('token' in target.data) return { ref: { token: target.data.token }, agreementId: '' };
  return { ref: { actor: await requireUser() }, agreementId: target.data.agreementId };
}

const codeSent = (sentTo: string) =>
  `Code envoyé à ${sentTo}. Il est valable ${SIGNATURE_CODE_MINUTES} minutes : tapez-le ci-dessous avec votre nom.`;

export async function requestSignatureCodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const signer = await signerOf(formData);
  if (!signer) return { status: 'error', message: UNKNOWN };
  const result = await requestSignatureCode(signer.ref, signer.agreementId);
  if (!result.ok) return formFailure(result, formData);
  return { status: 'success', message: codeSent(result.data.sentTo) };
}

export async function signAgreementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const signer = await signerOf(formData);
  if (!signer) return { status: 'error', message: UNKNOWN };
  const parsed = parseForm(signatureSchema, formData);
  if (!parsed.ok) return parsed.state;
  const ip = clientIp(await headers());
  const result = await signAgreement(signer.ref, signer.agreementId, parsed.data, { ip });
  if (!result.ok) return formFailure(result, formData);
  revalidatePath('/', 'layout');
  return {
    status: 'success',
    message: result.data.signedByAll
      ? 'Votre signature est enregistrée : la convention est maintenant signée par tous. Chacun en est averti par courriel.'
      : 'Votre signature est enregistrée. Vous pouvez télécharger la convention : votre signature y figure.',
  };
}

/** « conventionId:fingerprint » values of the ticked boxes. */
const itemsOf = (items: string[]) =>
  items.map((item) => {
    const [agreementId = '', fingerprint = ''] = item.split(':');
    return { agreementId, fingerprint };
  });

export async function requestBatchCodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(batchCodeSchema, formData);
  if (!parsed.ok) return parsed.state;
  const result = await requestBatchSignatureCode(
    user,
    itemsOf(parsed.data.items).map((i) => i.agreementId),
  );
  if (!result.ok) return formFailure(result, formData);
  return {
    status: 'success',
    message: `${codeSent(result.data.sentTo)} Il vaut pour les ${result.data.count} conventions cochées.`,
    values: { 'items[]': parsed.data.items },
  };
}

export async function signBatchAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const parsed = parseForm(batchSignatureSchema, formData);
  if (!parsed.ok) return parsed.state;
  const ip = clientIp(await headers());
  const result = await signAgreementBatch(user, itemsOf(parsed.data.items), parsed.data, { ip });
  if (!result.ok) return formFailure(result, formData);
  // No revalidation: the list would lose the signed conventions, and the form its message with them.
  const { signed, skipped } = result.data;
  const done = signed.length === 1 ? '1 convention signée.' : `${signed.length} conventions signées.`;
  return {
    status: 'success',
    message: skipped.length
      ? `${done} ${skipped.length === 1 ? 'Une convention n’a pas été signée' : `${skipped.length} conventions n’ont pas été signées`} : ${skipped[0]!.reason}`
      : done,
  };
}

/** The school sends a legal representative's link again; the old link stops working. */
export async function resendLinkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('school_staff');
  const result = await resendRepresentativeLink(
    user,
    String(formData.get('agreementId') ?? ''),
    String(formData.get('representativeId') ?? ''),
  );
  if (!result.ok) return formFailure(result, formData);
  return {
    status: 'success',
    message: `Un nouveau lien a été envoyé à ${result.data.email}. Le lien précédent ne fonctionne plus.`,
  };
}
