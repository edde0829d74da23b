import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Only the parts of ECharts the page draws, so the bundle stays small.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

const FONT = "'Be Vietnam Pro', system-ui, sans-serif";

/**
 * An ECharts chart as an image with a text alternative (`label`): screen readers read the label,
 * the figures themselves are in the table beside every chart.
 */
export function Chart({ option, label, height = 260, className }: { option: ChartOption; label: string; height?: number; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    chart.current = echarts.init(ref.current!, undefined, { renderer: 'svg', locale: 'EN' });
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    // ECharts writes its own font into the SVG: the bundled one, as the rest of the page.
    chart.current?.setOption({ animation: false, aria: { enabled: false }, textStyle: { fontFamily: FONT }, ...option }, true);
  }, [option]);
  return <div ref={ref} className={className} role="img" aria-label={label} style={{ height }} />;
}
