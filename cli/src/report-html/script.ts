// The page's only script, inlined: sorting the documents table by a column and filtering
// it by name or rule. Without it the page still reads top to bottom, in path order.
// Sort keys are the cells' data-sort values (numbers for counts and scores), so sorting
// does not depend on how a cell is worded.

export const SCRIPT = `
(() => {
  const table = document.getElementById('documents-table');
  if (!table) return;
  const body = table.tBodies[0];
  const headers = Array.from(table.tHead.rows[0].cells);
  const keyOf = (row, column, numeric) => {
    const cell = row.cells[column];
    const value = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim().toLowerCase();
    return numeric ? (value === '' ? -1 : Number(value)) : value;
  };
  headers.forEach((header, column) => {
    const button = header.querySelector('button');
    if (!button) return;
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) if (other.querySelector('button')) other.setAttribute('aria-sort', 'none');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = button.dataset.type === 'number';
      const direction = ascending ? 1 : -1;
      const rows = Array.from(body.rows);
      rows.sort((a, b) => {
        const x = keyOf(a, column, numeric);
        const y = keyOf(b, column, numeric);
        return (x < y ? -1 : x > y ? 1 : 0) * direction || Number(a.dataset.index) - Number(b.dataset.index);
      });
      body.append(...rows);
      announce(header.textContent.replace(/[↑↓↕]/g, '').trim() + (ascending ? ', ascending' : ', descending'));
    });
  });

  const text = document.getElementById('filter-text');
  const rule = document.getElementById('filter-rule');
  const status = document.getElementById('filter-status');
  let sortNote = '';
  const announce = (note) => { sortNote = note; filter(); };
  const filter = () => {
    const needle = text.value.trim().toLowerCase();
    const ruleId = rule.value;
    let shown = 0;
    for (const row of body.rows) {
      const matches = (!needle || row.dataset.search.includes(needle)) && (!ruleId || (row.dataset.rules || '').split(' ').includes(ruleId));
      row.hidden = !matches;
      if (matches) shown++;
    }
    status.textContent = 'Showing ' + shown + ' of ' + body.rows.length + ' documents' + (sortNote ? '; sorted by ' + sortNote : '') + '.';
  };
  text.addEventListener('input', filter);
  rule.addEventListener('change', filter);
})();
`
