// Gantt chart (横道图) of a project's schedule: an ECharts custom series (renderItem) on a time axis. Bars by early dates
// (critical ones red), thin grey baseline bars, non-working days shaded, today and the deadline marked. Dragging a bar
// tells the page by how many calendar days it moved; the server recomputes and the page renders the result.
const DAY = 86400000;
const ms = iso => Date.parse(iso + 'T00:00:00Z');
const pad = n => String(n).padStart(2, '0');
const ymd = t => { const d = new Date(t); return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`; };

const colors = { critical: '#d32f2f', normal: '#1e88e5', done: '#43a047', baseline: '#9e9e9e', off: '#eeeeee', today: '#ef6c00', deadline: '#6a1b9a' };

function renderOff(params, api) {
    const x0 = api.coord([api.value(0), 0])[0];
    const x1 = api.coord([api.value(0) + DAY, 0])[0];
    const c = params.coordSys;
    const shape = echarts.graphic.clipRectByRect({ x: x0, y: c.y, width: x1 - x0, height: c.height }, c);
    return shape && { type: 'rect', shape, style: { fill: colors.off }, silent: true };
}

function renderBar(params, api) {
    const row = api.value(0);
    const start = api.coord([api.value(1), row]);
    const end = api.coord([api.value(2), row]);
    const band = api.size([0, 1])[1];
    const h = Math.max(6, band * 0.42);
    const c = params.coordSys;
    const critical = api.value(5) === 1;
    const milestone = api.value(6) === 1;
    const done = api.value(7) === 1;
    const manual = api.value(8) === 1;
    const fill = done ? colors.done : critical ? colors.critical : colors.normal;
    const children = [];
    if (api.value(3) >= 0) {
        const bs = api.coord([api.value(3), row]);
        const be = api.coord([api.value(4), row]);
        const width = Math.max(2, be[0] - bs[0]);
        const shape = echarts.graphic.clipRectByRect({ x: bs[0], y: start[1] + h / 2 + 1, width, height: Math.max(3, band * 0.14) }, c);
        if (shape) { children.push({ type: 'rect', shape, style: { fill: colors.baseline } }); }
    }
    if (milestone) {
        const x = start[0], y = start[1], r = h / 2 + 2;
        if (x >= c.x && x <= c.x + c.width) {
            children.push({ type: 'polygon', shape: { points: [[x, y - r], [x + r, y], [x, y + r], [x - r, y]] }, style: { fill, stroke: '#333', lineWidth: manual ? 1.5 : 0.5 } });
        }
    } else {
        const shape = echarts.graphic.clipRectByRect({ x: start[0], y: start[1] - h / 2, width: Math.max(2, end[0] - start[0]), height: h }, c);
        if (shape) {
            children.push({ type: 'rect', shape, style: { fill, stroke: manual ? '#212121' : null, lineWidth: manual ? 2 : 0, lineDash: manual ? [4, 2] : null } });
        }
    }
    return { type: 'group', children };
}

function labels(zoom) {
    if (zoom === 'week') { return t => ymd(t).slice(5); }
    if (zoom === 'quarter') { return t => { const d = new Date(t); return d.getUTCMonth() % 3 === 0 && d.getUTCDate() === 1 ? `${d.getUTCFullYear()} Q${Math.floor(d.getUTCMonth() / 3) + 1}` : ''; }; }
    return t => ymd(t).slice(0, 7);
}

function option(d) {
    const rows = d.rows;
    const bars = rows.map((r, i) => ({
        name: r.key,
        value: [i, ms(r.es), r.milestone ? ms(r.es) : ms(r.ef) + DAY, r.bs ? ms(r.bs) : -1, r.bf ? (r.milestone ? ms(r.bf) + DAY / 4 : ms(r.bf) + DAY) : -1,
            r.critical ? 1 : 0, r.milestone ? 1 : 0, r.done ? 1 : 0, r.manual ? 1 : 0],
    }));
    const marks = [{ name: d.todayLabel, xAxis: ms(d.today), lineStyle: { color: colors.today, width: 2 }, label: { formatter: d.todayLabel, color: colors.today } }];
    if (d.deadline) {
        marks.push({ name: d.deadlineLabel, xAxis: ms(d.deadline) + DAY, lineStyle: { color: colors.deadline, type: 'dashed', width: 2 }, label: { formatter: d.deadlineLabel, color: colors.deadline } });
    }
    return {
        animation: false,
        grid: { left: d.narrow ? 90 : 170, right: 28, top: 36, bottom: 48 },
        tooltip: {
            trigger: 'item',
            formatter: p => {
                const r = rows[p.dataIndex];
                if (!r) { return ''; }
                const lines = [`<b>${r.name}</b>`, `${r.es} → ${r.ef}`, r.info];
                return lines.filter(Boolean).join('<br/>');
            },
        },
        xAxis: {
            type: 'time', position: 'top', min: ms(d.from), max: ms(d.to) + DAY,
            axisLabel: { formatter: labels(d.zoom), hideOverlap: true }, splitLine: { show: true, lineStyle: { color: '#e0e0e0' } },
        },
        yAxis: {
            type: 'category', inverse: true, data: rows.map(r => r.name), axisTick: { show: false },
            axisLabel: { width: d.narrow ? 84 : 160, overflow: 'truncate', formatter: (v, i) => rows[i] && rows[i].critical ? `{c|${v}}` : v, rich: { c: { color: colors.critical, fontWeight: 'bold' } } },
        },
        dataZoom: [{ type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', startValue: ms(d.windowStart), endValue: ms(d.windowEnd) + DAY, height: 16, bottom: 8, labelFormatter: v => ymd(v) }],
        series: [
            { type: 'custom', name: 'off', silent: true, renderItem: renderOff, data: d.off.map(x => [ms(x)]), encode: { x: 0 }, z: 1, tooltip: { show: false } },
            {
                type: 'custom', name: 'bars', renderItem: renderBar, data: bars, encode: { x: [1, 2], y: 0 }, z: 3, cursor: d.editable ? 'ew-resize' : 'default',
                markLine: { silent: true, symbol: ['none', 'none'], data: marks },
            },
        ],
    };
}

function ghost(chart, element, state, x) {
    const d = element._gantt.data;
    const r = d.rows[state.index];
    const delta = Math.round((chart.convertFromPixel({ gridIndex: 0 }, [x, 0])[0] - chart.convertFromPixel({ gridIndex: 0 }, [state.x0, 0])[0]) / DAY);
    const s0 = ms(r.es), e0 = (r.milestone ? ms(r.es) : ms(r.ef) + DAY);
    const moves = r.manual || r.milestone;
    const s = moves ? s0 + delta * DAY : s0;
    const e = Math.max(s + DAY, e0 + delta * DAY);
    const [x0, y] = chart.convertToPixel({ gridIndex: 0 }, [s, state.index]);
    const [x1] = chart.convertToPixel({ gridIndex: 0 }, [e, state.index]);
    chart.setOption({ graphic: { elements: [{ id: 'ghost', type: 'rect', z: 100, shape: { x: x0, y: y - 10, width: Math.max(4, x1 - x0), height: 20 }, style: { fill: 'rgba(0,0,0,0.12)', stroke: '#212121', lineDash: [4, 4] } },
        { id: 'ghost-label', type: 'text', z: 101, x: x1 + 4, y: y - 8, style: { text: `${delta > 0 ? '+' : ''}${delta}`, fill: '#212121', font: '12px sans-serif' } }] } });
    return delta;
}

function wire(chart, element) {
    if (element._ganttWired) { return; }
    element._ganttWired = true;
    let state = null;
    chart.on('mousedown', { seriesName: 'bars' }, p => {
        if (!element._gantt.data.editable || element._gantt.data.rows[p.dataIndex].done) { return; }
        state = { index: p.dataIndex, x0: p.event.offsetX, delta: 0 };
    });
    const zr = chart.getZr();
    zr.on('mousemove', e => { if (state) { state.delta = ghost(chart, element, state, e.offsetX); } });
    const finish = () => {
        if (!state) { return; }
        const { index, delta } = state;
        state = null;
        chart.setOption({ graphic: { elements: [{ id: 'ghost', $action: 'remove' }, { id: 'ghost-label', $action: 'remove' }] } });
        if (delta !== 0 && element._gantt.dotnet) {
            element._gantt.dotnet.invokeMethodAsync('Dragged', element._gantt.data.rows[index].key, delta);
        }
    };
    zr.on('mouseup', finish);
    zr.on('globalout', finish);
}

export function render(element, json, dotnet) {
    if (!element || !window.echarts) { return false; }
    const data = JSON.parse(json);
    const chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'svg' });
    element._gantt = { data, dotnet };
    chart.setOption(option(data), true);
    wire(chart, element);
    if (!element._ganttResize) {
        element._ganttResize = () => chart.resize();
        window.addEventListener('resize', element._ganttResize);
    }
    element.dataset.rendered = String((Number(element.dataset.rendered) || 0) + 1);
    return true;
}

export function dispose(element) {
    if (!element || !window.echarts) { return; }
    const chart = echarts.getInstanceByDom(element);
    if (chart) { chart.dispose(); }
    if (element._ganttResize) { window.removeEventListener('resize', element._ganttResize); }
}

// Where a bar is on the page (for tests and keyboard-less checks): its left and right edge and middle, in client pixels.
export function barBox(element, key) {
    const chart = echarts.getInstanceByDom(element);
    const d = element._gantt && element._gantt.data;
    if (!chart || !d) { return null; }
    const i = d.rows.findIndex(r => r.key === key);
    if (i < 0) { return null; }
    const r = d.rows[i];
    const [x0, y] = chart.convertToPixel({ gridIndex: 0 }, [ms(r.es), i]);
    const [x1] = chart.convertToPixel({ gridIndex: 0 }, [r.milestone ? ms(r.es) : ms(r.ef) + DAY, i]);
    const box = element.getBoundingClientRect();
    const [dayX] = chart.convertToPixel({ gridIndex: 0 }, [ms(r.es) + DAY, i]);
    return { left: box.left + x0, right: box.left + x1, y: box.top + y, dayWidth: dayX - x0 };
}

window.gaoxinGantt = { barBox: (element, key) => barBox(element, key) };
