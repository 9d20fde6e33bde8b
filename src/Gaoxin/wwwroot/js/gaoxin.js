// Charts: Apache ECharts with the SVG renderer (crisp on phones, testable in the DOM).
window.gaoxinCharts = {
    render(element, optionJson) {
        if (!element || !window.echarts) { return false; }
        const chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'svg' });
        chart.setOption(JSON.parse(optionJson), true);
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
