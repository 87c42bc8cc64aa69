// What a person would see cut off on the page, measured in the browser (tests/test_browser.py).
// Returns one line per element whose text does not fit where it is drawn.
() => {
  const cut = [];
  const fits = (e) => e.scrollWidth <= e.clientWidth + 1 || (e.title && e.title.trim() === e.textContent.trim());
  // metric cards: label and value fit their element, and the element its card
  for (const m of document.querySelectorAll('[data-testid=stMetric]')) {
    const card = m.getBoundingClientRect();
    for (const part of m.querySelectorAll('[data-testid=stMetricLabel] p, [data-testid=stMetricValue] > div, [data-testid=stMetricValue]')) {
      const r = document.createRange(); r.selectNodeContents(part); const t = r.getBoundingClientRect();
      if (!fits(part) || t.left < card.left - 1 || t.right > card.right + 1)
        cut.push(`metric "${part.textContent}" ${part.scrollWidth}>${part.clientWidth}`);
    }
  }
  // table cells: the grid is a canvas; its columns are read from the drawn borders,
  // each visible cell's text (the grid's accessible table) is measured in the grid's font
  for (const grid of document.querySelectorAll('[data-testid=stDataFrame]')) {
    const canvas = grid.querySelector('canvas[data-testid=data-grid-canvas]');
    const ctx = canvas.getContext('2d');
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const style = getComputedStyle(grid.querySelector('.stDataFrameGlideDataEditor'));
    const font = `${style.getPropertyValue('--gdg-base-font-style').trim()} ${style.getPropertyValue('--gdg-font-family').trim()}`;
    const pad = parseFloat(style.getPropertyValue('--gdg-cell-horizontal-padding')) || 8;
    const y = Math.round(4 * ratio), img = ctx.getImageData(0, y, canvas.width, 1).data;
    const edges = [];
    for (let x = 0; x < canvas.width; x++) if (img[x * 4] < 245 && img[x * 4 + 3] > 0 && (!edges.length || x - edges[edges.length - 1] > 2)) edges.push(x);
    const bounds = edges.map(x => x / ratio).concat([canvas.width / ratio]);
    const widths = bounds.slice(1).map((b, i) => b - bounds[i]);       // after the row-marker column
    const measure = document.createElement('canvas').getContext('2d');
    measure.font = font;
    for (const tr of canvas.querySelectorAll('tr')) {
      for (const cell of tr.children) {
        const i = Number(cell.getAttribute('aria-colindex')) - 1, text = cell.textContent;
        if (!text || widths[i] === undefined) continue;
        const need = measure.measureText(text).width + 2 * pad;
        if (need > widths[i] + 0.5) cut.push(`cell "${text}" needs ${need.toFixed(0)} px, column ${widths[i].toFixed(0)} px`);
      }
    }
    if (widths.length < canvas.querySelectorAll('th').length) cut.push(`grid: ${widths.length} columns drawn of ${canvas.querySelectorAll('th').length}`);
  }
  // timeline labels: inside the chart, clear of every mark and of each other; a cut one has its label on hover
  for (const gd of document.querySelectorAll('.js-plotly-plot')) {
    const labels = [...gd.querySelectorAll('.textpoint text')];
    if (!labels.length) continue;
    const svg = gd.querySelector('.main-svg').getBoundingClientRect();
    const marks = [...gd.querySelectorAll('.scatterlayer .point, .barlayer .point path')].map(e => e.getBoundingClientRect());
    const boxes = labels.map(e => e.getBoundingClientRect());
    const hovers = gd.data.filter(t => t.mode === 'text').flatMap(t => t.hovertext || []);
    const strip = (s) => s.replace(/[\u2066-\u2069]/g, '');
    const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    boxes.forEach((b, i) => {
      const text = strip(labels[i].textContent);
      if (b.left < svg.left || b.right > svg.right) cut.push(`label "${text}" leaves the chart`);
      if (marks.some(m => overlap(b, m))) cut.push(`label "${text}" runs into a mark`);
      if (boxes.some((o, j) => j !== i && overlap(b, o))) cut.push(`label "${text}" overlaps another label`);
      if (text.endsWith('…') && !hovers.some(h => strip(h).includes(text.slice(0, -1).trim())))
        cut.push(`label "${text}" is cut and its hover does not hold it`);
    });
  }
  return cut;
}
