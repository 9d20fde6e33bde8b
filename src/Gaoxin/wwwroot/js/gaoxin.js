// Charts: Apache ECharts with the SVG renderer (crisp on phones, testable in the DOM).
window.gaoxinCharts = {
    render(element, optionJson, clicks) {
        if (!element || !window.echarts) { return false; }
        const chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'svg' });
        // A chart whose figures lead to records tells the page which bar or slice was clicked.
        if (clicks && !element._gaoxinClick) {
            element._gaoxinClick = true;
            element.style.cursor = 'pointer';
            chart.on('click', p => clicks.invokeMethodAsync('Clicked', String(p.name ?? ''), String(p.seriesName ?? ''), p.dataIndex ?? -1));
        }
        const option = JSON.parse(optionJson);
        // Officials read numbers, not motion; a still chart is also what a screenshot or a test sees.
        if (option.animation === undefined) { option.animation = false; }
        chart.setOption(option, true);
        if (!element._gaoxinResize) {
            element._gaoxinResize = () => chart.resize();
            window.addEventListener('resize', element._gaoxinResize);
        }
        return true;
    },
    dispose(element) {
        if (!element || !window.echarts) { return; }
        const chart = echarts.getInstanceByDom(element);
        if (chart) { chart.dispose(); }
        if (element._gaoxinResize) { window.removeEventListener('resize', element._gaoxinResize); }
    }
};

// The shell tells the page (and browser tests) when the circuit is live and clicks will be handled.
window.gaoxinShell = {
    ready() { document.documentElement.dataset.gxReady = '1'; },
    width() { return window.innerWidth; }
};
