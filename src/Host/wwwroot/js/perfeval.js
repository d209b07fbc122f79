// Small browser helpers for the PerfEval UI (no CDN; everything is served by the host).
window.perfeval = {
    // A link of the error summary: the field of a document path (its data-testid), scrolled to and focused.
    focusField: function (path) {
        const el = document.querySelector('[data-testid="' + path + '"]');
        if (!el) { return; }
        el.scrollIntoView({ behavior: 'smooth', block: 'center' });
        const input = el.matches('input, textarea') ? el : el.querySelector('input, textarea');
        if (input) { input.focus({ preventScroll: true }); }
    },

    print: function () { window.print(); },

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

// Drag and drop in the rubric tree. Firefox starts an HTML5 drag only when dragstart puts data on the transfer,
// and a drop fires only where dragover was cancelled. Blazor's handlers (the tree's, on the server) can do neither
// in time — and a server round trip for every dragover would flood the circuit — so these two listeners do it.
(function () {
    let dragging = false;
    document.addEventListener('dragstart', function (e) {
        const grip = e.target && e.target.closest ? e.target.closest('.pe-rubric-drag') : null;
        dragging = !!grip;
        if (grip && e.dataTransfer) {
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', grip.dataset.key || '');
        }
    });
    document.addEventListener('dragend', function () { dragging = false; });
    document.addEventListener('dragover', function (e) {
        if (dragging && e.target && e.target.closest && e.target.closest('.pe-rubric-tree')) {
            e.preventDefault();
            if (e.dataTransfer) { e.dataTransfer.dropEffect = 'move'; }
        }
    });
})();
