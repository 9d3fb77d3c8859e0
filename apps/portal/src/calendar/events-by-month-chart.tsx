import { formatMonth, Language } from '@fhk/web/i18n';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export interface EventsByMonthChartProps {
  counts: number[];
  language: Language;
  /** The chart's accessible name (the numbers are also given as text beside it). */
  label: string;
  seriesName: string;
}

/** Events per month as bars (Apache ECharts, loaded only with the calendar page). */
export default function EventsByMonthChart({ counts, language, label, seriesName }: EventsByMonthChartProps) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return undefined;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true },
      grid: { left: 32, right: 8, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: counts.map((_, i) => formatMonth(i + 1, language)), axisLabel: { interval: 0, rotate: 45 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: seriesName, data: counts, itemStyle: { color: '#0b57b7' } }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [counts, language, seriesName]);
  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height: 220 }} />;
}
