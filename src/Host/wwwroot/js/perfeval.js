// Small browser helpers for the PerfEval UI (no CDN; everything is served by the host).
window.perfeval = {
    scrollIntoView: function (selector) {
        const el = document.querySelector(selector);
        if (el) { el.scrollIntoView({ behavior: 'smooth', block: 'start' }); }
    },

    // Loads the local mermaid copy (wwwroot/lib/mermaid) on first use: 3.5 MB is too much for every page.
    loadMermaid: function () {
        if (window.mermaid) { return Promise.resolve(true); }
        if (!window.perfeval._mermaidLoading) {
            window.perfeval._mermaidLoading = new Promise(function (resolve) {
                const s = document.createElement('script');
                s.src = '/lib/mermaid/mermaid.min.js';
                s.onload = function () { resolve(!!window.mermaid); };
                s.onerror = function () { resolve(false); };
                document.head.appendChild(s);
            });
        }
        return window.perfeval._mermaidLoading;
    },

    // Renders Mermaid text into an element; returns false when mermaid is unavailable or the text does not parse.
    renderMermaid: async function (elementId, text) {
        const el = document.getElementById(elementId);
        if (!el || !(await window.perfeval.loadMermaid())) { return false; }
        try {
            window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' });
            const { svg } = await window.mermaid.render(elementId + '-svg-' + Date.now(), text);
            el.innerHTML = svg;
            return true;
        } catch (e) {
            console.warn('mermaid render failed', e);
            return false;
        }
    }
};

// Firefox starts an HTML5 drag only when the dragstart handler puts data on the transfer; Blazor's own handler
// (the rubric tree's grip) cannot, so this listener does it for every .pe-rubric-drag grip.
document.addEventListener('dragstart', function (e) {
    const grip = e.target && e.target.closest ? e.target.closest('.pe-rubric-drag') : null;
    if (grip && e.dataTransfer) {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', grip.dataset.key || '');
    }
});
