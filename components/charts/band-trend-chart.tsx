"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { BandTrendPoint } from "@/lib/data/dashboard";
import { BANDS } from "@/lib/scoring/types";
import { BAND_COLOURS, BAND_LABELS, GRID_STROKE, TICK } from "./theme";

/** Candidates screened per day or week, stacked by their current band. */
export function BandTrendChart({ data }: { data: BandTrendPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={280}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="label" tick={TICK} tickLine={false} minTickGap={16} />
        <YAxis allowDecimals={false} tick={TICK} tickLine={false} axisLine={false} />
        <Tooltip cursor={{ fill: "#f1f5f9" }} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        {BANDS.map((band) => (
          <Bar
            key={band}
            dataKey={band}
            name={BAND_LABELS[band]}
            stackId="bands"
            fill={BAND_COLOURS[band]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
