// Small browser helpers for the PerfEval UI (no CDN; everything is served by the host).
window.perfeval = {
    // Renders Mermaid text into an element when the local mermaid copy is loaded; returns false otherwise.
    renderMermaid: async function (elementId, text) {
        const el = document.getElementById(elementId);
        if (!el || !window.mermaid) { return false; }
        try {
            window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
            const { svg } = await window.mermaid.render(elementId + '-svg', text);
            el.innerHTML = svg;
            return true;
        } catch (e) {
            console.warn('mermaid render failed', e);
            return false;
        }
    }
};
