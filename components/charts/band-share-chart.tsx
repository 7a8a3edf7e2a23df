"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from "recharts";
import type { BandCount } from "@/lib/data/dashboard";
import { BAND_COLOURS, BAND_LABELS, GRID_STROKE, percent, TICK } from "./theme";

/** How many candidates sit in each band now, coloured like the band badges. */
export function BandShareChart({ data }: { data: BandCount[] }) {
  const rows = data.map((d) => ({ ...d, label: BAND_LABELS[d.band], pct: percent(d.share) }));
  const shape = (props: BarShapeProps) => (
    <Rectangle {...props} fill={BAND_COLOURS[rows[props.index]?.band ?? "low"]} />
  );
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={rows} margin={{ top: 20, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="label" tick={TICK} tickLine={false} />
        <YAxis allowDecimals={false} tick={TICK} tickLine={false} axisLine={false} />
        <Tooltip cursor={{ fill: "#f1f5f9" }} formatter={(value) => [value, "Candidates"]} />
        <Bar dataKey="count" name="Candidates" shape={shape} radius={[4, 4, 0, 0]} isAnimationActive={false}>
          <LabelList dataKey="pct" position="top" style={{ fontSize: 12, fill: "#334155" }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
