"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CaseTrendPoint } from "@/lib/data/dashboard";
import { GRID_STROKE, SERIES_COLOURS, TICK } from "./theme";

/** Cases opened against cases decided, per day or week. The decided line is dashed so the two differ without colour. */
export function CaseTrendChart({ data }: { data: CaseTrendPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="label" tick={TICK} tickLine={false} minTickGap={16} />
        <YAxis allowDecimals={false} tick={TICK} tickLine={false} axisLine={false} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        <Line
          type="monotone"
          dataKey="opened"
          name="Opened"
          stroke={SERIES_COLOURS.opened}
          strokeWidth={2}
          dot={{ r: 2 }}
          isAnimationActive={false}
        />
        <Line
          type="monotone"
          dataKey="decided"
          name="Decided"
          stroke={SERIES_COLOURS.decided}
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={{ r: 2 }}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
