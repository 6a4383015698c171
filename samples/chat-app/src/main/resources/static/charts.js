/*
 * A small time-series line chart on <canvas>, with no dependencies: fixed time window, auto-scaled y axis (or
 * fixed categories for step charts), grid, labels and a legend. Series values may be null (a gap).
 */
'use strict';

class LineChart {

  /**
   * @param canvas the canvas to draw on
   * @param options {series: [{label, color}], windowMs, format(value) -> string, step, categories: [label]}
   */
  constructor(canvas, options) {
    this.canvas = canvas;
    this.options = Object.assign({ windowMs: 60000, format: (v) => String(v), step: false }, options);
    this.points = []; // {t, values: [..]}
  }

  /** Adds a point (one value per series) at time t (ms) and drops points older than the window. */
  push(t, values) {
    this.points.push({ t, values });
    const oldest = t - this.options.windowMs - 2000;
    while (this.points.length && this.points[0].t < oldest) {
      this.points.shift();
    }
  }

  draw(now) {
    const canvas = this.canvas;
    const ratio = window.devicePixelRatio || 1;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const ctx = canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const pad = { left: this.options.categories ? 62 : 50, right: 8, top: 18, bottom: 18 };
    const plotW = width - pad.left - pad.right;
    const plotH = height - pad.top - pad.bottom;
    const start = now - this.options.windowMs;
    const x = (t) => pad.left + ((t - start) / this.options.windowMs) * plotW;
    const { max, ticks } = this.scale();
    const y = (v) => pad.top + plotH - (v / max) * plotH;

    ctx.font = '11px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 1;
    for (const tick of ticks) {
      ctx.strokeStyle = '#eceef2';
      ctx.beginPath();
      ctx.moveTo(pad.left, Math.round(y(tick.value)) + 0.5);
      ctx.lineTo(width - pad.right, Math.round(y(tick.value)) + 0.5);
      ctx.stroke();
      ctx.fillStyle = '#6b7385';
      ctx.textAlign = 'right';
      ctx.fillText(tick.label, pad.left - 6, y(tick.value));
    }
    ctx.textAlign = 'left';
    ctx.fillText('-60 s', pad.left, height - 7);
    ctx.textAlign = 'right';
    ctx.fillText('now', width - pad.right, height - 7);

    let drawn = 0;
    this.options.series.forEach((series, index) => {
      ctx.strokeStyle = series.color;
      ctx.lineWidth = 2;
      ctx.lineJoin = 'round';
      ctx.beginPath();
      let segment = [];
      const flush = () => {
        if (segment.length === 1) { // a lone value: a dot, since a line needs two points
          ctx.fillStyle = series.color;
          ctx.fillRect(segment[0].px - 2, segment[0].py - 2, 4, 4);
        }
        segment = [];
      };
      for (const point of this.points) {
        const value = point.values[index];
        if (value === null || value === undefined || point.t < start) {
          flush();
          continue;
        }
        const px = x(point.t);
        const py = y(Math.min(value, max));
        const previous = segment[segment.length - 1];
        if (!previous) {
          ctx.moveTo(px, py);
        } else if (this.options.step) {
          ctx.lineTo(px, previous.py);
          ctx.lineTo(px, py);
        } else {
          ctx.lineTo(px, py);
        }
        segment.push({ px, py });
        drawn++;
      }
      flush();
      ctx.stroke();
    });
    this.drawLegend(ctx, pad.left, 8);
    canvas.dataset.points = String(drawn);
  }

  scale() {
    const categories = this.options.categories;
    if (categories) {
      const max = categories.length - 1;
      return { max, ticks: categories.map((label, value) => ({ value, label })) };
    }
    let top = 0;
    for (const point of this.points) {
      for (const value of point.values) {
        if (value !== null && value !== undefined && value > top) {
          top = value;
        }
      }
    }
    const max = niceCeiling(top > 0 ? top * 1.15 : (this.options.minMax || 1));
    const ticks = [0, max / 2, max].map((value) => ({ value, label: this.options.format(value) }));
    return { max, ticks };
  }

  drawLegend(ctx, left, top) {
    let offset = left;
    ctx.textAlign = 'left';
    for (const series of this.options.series) {
      ctx.fillStyle = series.color;
      ctx.fillRect(offset, top - 4, 10, 3);
      ctx.fillStyle = '#1d2330';
      ctx.fillText(series.label, offset + 14, top - 2);
      offset += 22 + ctx.measureText(series.label).width;
    }
  }
}

/** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least value. */
function niceCeiling(value) {
  const power = Math.pow(10, Math.floor(Math.log10(value)));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= value) {
      return step * power;
    }
  }
  return 10 * power;
}
