'use client';

import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/*
 * A dashboard chart (Recharts): bars per category, grouped or stacked. The chart is an image whose
 * label summarises it; the HTML table under it (FigureTable) is its accessible equivalent, with
 * every figure. Recharts' keyboard layer is off: inside an image nothing may take the focus.
 * Categories go down the side (horizontal bars) when their names are long, so that a 390px phone
 * reads them; the chart takes its container's width.
 */

export interface BarSeries {
  key: string;
  name: string;
  colour: string;
  /** Another colour for the categories whose `highlight` is true (weeks short of seats). */
  highlightColour?: string;
}

export type BarDatum = { name: string; highlight?: boolean } & Record<string, number | string | boolean | undefined>;

const NUMBER = new Intl.NumberFormat('fr-FR');

export function BarFigure({
  summary,
  data,
  series,
  stacked = false,
  horizontal = false,
}: {
  summary: string;
  data: BarDatum[];
  series: BarSeries[];
  stacked?: boolean;
  horizontal?: boolean;
}) {
  const height = horizontal ? Math.max(160, 48 + data.length * (stacked ? 28 : 16 * series.length + 12)) : 300;
  return (
    <figure role="img" aria-label={summary} className="fr-mb-2w" style={{ margin: 0, width: '100%' }}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data}
          layout={horizontal ? 'vertical' : 'horizontal'}
          accessibilityLayer={false}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          {horizontal ? (
            <>
              <XAxis type="number" tickFormatter={(v: number) => NUMBER.format(v)} />
              <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 12 }} interval={0} />
            </>
          ) : (
            <>
              <XAxis dataKey="name" tick={{ fontSize: 12 }} />
              <YAxis tickFormatter={(v: number) => NUMBER.format(v)} width={56} />
            </>
          )}
          <Tooltip formatter={(value) => NUMBER.format(Number(value))} />
          <Legend />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              fill={s.colour}
              stackId={stacked ? 'pile' : undefined}
              isAnimationActive={false}
            >
              {s.highlightColour &&
                data.map((datum) => <Cell key={datum.name} fill={datum.highlight ? s.highlightColour : s.colour} />)}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
