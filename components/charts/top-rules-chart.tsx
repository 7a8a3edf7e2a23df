"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from "recharts";
import type { RuleCount } from "@/lib/data/dashboard";
import { GRID_STROKE, SERIES_COLOURS, TICK } from "./theme";

const ROW_HEIGHT = 34;

/** One line per rule title: the default tick wraps long titles, measuring them at the wrong font size. */
function RuleTick({ x, y, payload }: YAxisTickContentProps) {
  return (
    <text x={x} y={y} dy={4} textAnchor="end" fontSize={TICK.fontSize} fill={TICK.fill}>
      {String(payload.value)}
    </text>
  );
}

/** The red flags found most often on candidates' latest scores, as horizontal bars. */
export function TopRulesChart({ data }: { data: RuleCount[] }) {
  return (
    <ResponsiveContainer width="100%" height={data.length * ROW_HEIGHT + 40}>
      <BarChart data={data} layout="vertical" margin={{ top: 0, right: 40, bottom: 0, left: 8 }}>
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
        <XAxis type="number" allowDecimals={false} tick={TICK} tickLine={false} />
        <YAxis
          type="category"
          dataKey="title"
          width={330}
          tick={RuleTick}
          tickLine={false}
          axisLine={false}
          interval={0}
        />
        <Tooltip cursor={{ fill: "#f1f5f9" }} formatter={(value) => [value, "Candidates"]} />
        <Bar
          dataKey="count"
          name="Candidates"
          fill={SERIES_COLOURS.rules}
          radius={[0, 4, 4, 0]}
          barSize={18}
          isAnimationActive={false}
        >
          <LabelList dataKey="count" position="right" style={{ fontSize: 12, fill: "#334155" }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
