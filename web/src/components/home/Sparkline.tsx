import { Area, AreaChart, ResponsiveContainer } from 'recharts';

/** A filled mini-chart with no axes: on a small card the shape of the rise is the message. */
export function Sparkline({ values }: { values: number[] }) {
  return (
    <div data-testid="home-sparkline">
      <ResponsiveContainer width="100%" height={40}>
        <AreaChart data={values.map((value, i) => ({ i, value }))} margin={{ top: 2, bottom: 2, left: 0, right: 0 }}>
          <Area type="monotone" dataKey="value" stroke="#d9480f" fill="#ffe8cc" strokeWidth={2} isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
