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
import type { OutcomeCount } from "@/lib/data/dashboard";
import { GRID_STROKE, OUTCOME_COLOURS, TICK } from "./theme";

/** Decisions in the period, per outcome. */
export function OutcomeChart({ data }: { data: OutcomeCount[] }) {
  const rows = data.map((d) => ({ ...d, label: d.outcome === "reported" ? "Reported" : d.label }));
  const shape = (props: BarShapeProps) => (
    <Rectangle {...props} fill={OUTCOME_COLOURS[rows[props.index]?.outcome ?? "cleared"]} />
  );
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={rows} margin={{ top: 20, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="label" tick={TICK} tickLine={false} />
        <YAxis allowDecimals={false} tick={TICK} tickLine={false} axisLine={false} />
        <Tooltip cursor={{ fill: "#f1f5f9" }} formatter={(value) => [value, "Decisions"]} />
        <Bar dataKey="count" name="Decisions" shape={shape} radius={[4, 4, 0, 0]} isAnimationActive={false}>
          <LabelList dataKey="count" position="top" style={{ fontSize: 12, fill: "#334155" }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
