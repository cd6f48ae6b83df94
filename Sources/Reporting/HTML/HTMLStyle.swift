/// The report's style sheet, inlined in the page: system fonts with Vietnamese letters, print
/// friendly, no external resource.
enum HTMLStyle {
  static let css = """
    :root { --ink: #1d2733; --muted: #5b6673; --line: #d5dbe2; --paper: #ffffff; --bg: #f3f5f7;
      --navy: #17324d; --red: #b71c1c; --amber: #b26a00; --info: #1f6f8b; --ok: #2e7d32; --grey: #8a939c; }
    * { box-sizing: border-box; }
    body { margin: 0; background: var(--bg); color: var(--ink);
      font: 15px/1.5 "Segoe UI", "Noto Sans", "DejaVu Sans", Roboto, Arial, sans-serif; }
    main { max-width: 1180px; margin: 0 auto; padding: 0 24px 40px; background: var(--paper); }
    header { background: var(--navy); color: #fff; margin: 0 -24px 24px; padding: 22px 28px 18px;
      border-bottom: 5px solid #c8102e; }
    header h1 { margin: 2px 0 4px; font-size: 26px; letter-spacing: .2px; }
    .kicker { margin: 0; text-transform: uppercase; font-size: 12px; letter-spacing: 1.5px; color: #ffd54f; }
    .subtitle { margin: 0; color: #cfd8e3; }
    h2 { font-size: 19px; color: var(--navy); border-bottom: 2px solid var(--line); padding-bottom: 4px;
      margin: 32px 0 10px; }
    h3 { font-size: 16px; margin: 22px 0 6px; }
    h3 .count { font-weight: normal; color: var(--muted); font-size: 14px; }
    .note { color: var(--muted); font-size: 13px; margin: 4px 0 8px; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 8px 0 16px; }
    dl.facts dt { color: var(--muted); }
    dl.facts dd { margin: 0; font-weight: 600; }
    .cards { display: flex; gap: 12px; flex-wrap: wrap; }
    .card { flex: 1 1 150px; border: 1px solid var(--line); border-left-width: 6px; border-radius: 4px;
      padding: 10px 14px; display: flex; align-items: baseline; gap: 10px; }
    .card .n { font-size: 30px; font-weight: 700; }
    .card.error { border-left-color: var(--red); } .card.error .n { color: var(--red); }
    .card.warning { border-left-color: var(--amber); } .card.warning .n { color: var(--amber); }
    .card.info { border-left-color: var(--info); } .card.info .n { color: var(--info); }
    .card.waived { border-left-color: var(--grey); } .card.waived .n { color: var(--grey); }
    .verdict { margin: 12px 0 0; padding: 8px 12px; border-radius: 4px; font-weight: 600; }
    .verdict.bad { background: #fdecea; color: var(--red); }
    .verdict.good { background: #e8f5e9; color: var(--ok); }
    .scroll { overflow-x: auto; }
    svg.chart { max-width: 100%; height: auto; font-size: 13px; }
    svg .colhead { font-weight: 700; fill: var(--navy); }
    svg .rowhead { fill: var(--ink); }
    svg .stripe { fill: #f6f8fa; }
    svg .axis { stroke: #b8c1ca; stroke-width: 1; }
    svg .allowed { fill: #e3e7eb; }
    svg .required { stroke: #111; stroke-width: 2.5; }
    svg .count, svg .value { fill: var(--ink); font-weight: 600; }
    svg .tick { fill: var(--muted); font-size: 12px; }
    svg .track { fill: #eef1f4; }
    svg .band { fill: rgba(46,125,50,.18); stroke: var(--ok); stroke-dasharray: 3 2; }
    svg .bandlabel { fill: var(--ok); font-weight: 600; }
    svg .ok .bar { fill: var(--ok); } svg .bad .bar { fill: var(--red); }
    svg .warn .bar { fill: var(--amber); } svg .info .bar { fill: var(--info); }
    svg .waived .bar { fill: var(--grey); }
    svg .missing { fill: none; stroke-width: 1.5; stroke-dasharray: 4 2; }
    svg .bad .missing { stroke: var(--red); fill: rgba(183,28,28,.10); }
    svg .warn .missing { stroke: var(--amber); fill: rgba(178,106,0,.10); }
    svg .waived .missing, svg .ok .missing { stroke: var(--grey); fill: rgba(138,147,156,.10); }
    svg .bad .count { fill: var(--red); } svg .warn .count { fill: var(--amber); }
    ul.legend { list-style: none; padding: 0; margin: 6px 0 10px; display: flex; flex-wrap: wrap; gap: 6px 18px;
      font-size: 13px; color: var(--muted); }
    .swatch { display: inline-block; width: 14px; height: 10px; margin-right: 6px; vertical-align: middle; }
    .swatch.ok { background: var(--ok); } .swatch.bad { background: var(--red); }
    .swatch.warn { background: var(--amber); } .swatch.waived { background: var(--grey); }
    .swatch.missing { border: 1.5px dashed var(--red); background: rgba(183,28,28,.10); }
    .swatch.mark { width: 3px; height: 16px; background: #111; }
    .drill-verdict.warn strong { color: var(--amber); } .drill-verdict.ok strong { color: var(--ok); }
    .drill-verdict.info strong { color: var(--info); }
    table { border-collapse: collapse; width: 100%; font-size: 14px; }
    th, td { border: 1px solid var(--line); padding: 5px 8px; vertical-align: top; text-align: left; }
    thead th { background: #eef2f6; color: var(--navy); }
    table.heat td { text-align: center; min-width: 52px; font-weight: 600; }
    table.heat th { text-align: center; font-size: 12px; }
    table.heat th .code { display: block; font-size: 13px; }
    table.heat th .topic { display: block; font-weight: normal; color: var(--muted); }
    table.heat th.name { text-align: left; font-size: 14px; white-space: nowrap; }
    table.heat td.zero { color: #c3c9cf; font-weight: normal; }
    table.heat td.total { background: #f6f8fa; }
    table.findings { table-layout: fixed; }
    table.findings col.c-sev { width: 104px; } table.findings col.c-rule { width: 190px; }
    table.findings col.c-commune { width: 150px; } table.findings col.c-basis { width: 210px; }
    table.findings col.c-place { width: 200px; }
    table.findings td { overflow-wrap: anywhere; }
    table.findings td.rule { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12.5px; }
    table.findings td.basis { font-size: 13px; }
    table.findings td.place { font-size: 12.5px; color: var(--muted); }
    table.findings td.place .file { color: var(--ink); }
    table.findings td.place .path { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 11.5px;
      overflow-wrap: anywhere; }
    table.findings tr.waived td { color: var(--grey); }
    table.files { width: 100%; border-collapse: collapse; margin: 8px 0 16px; }
    table.files td, table.files th { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e3e6ea; }
    table.files tr.not-read td { color: var(--red); } table.files .reason { font-size: .9em; }
    .badge.baseline-new { background: var(--red); color: #fff; }
    .badge.baseline-unchanged, .badge.baseline-absent { background: var(--grey); color: #fff; }
    .badge { display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: 12px; font-weight: 700;
      color: #fff; white-space: nowrap; }
    .badge.error { background: var(--red); } .badge.warning { background: var(--amber); }
    .badge.info { background: var(--info); } .badge.waived { background: var(--grey); }
    .waiver { margin-top: 4px; font-size: 13px; font-style: italic; }
    footer { margin-top: 36px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
    @media print { body { background: #fff; } main { max-width: none; } header { margin: 0 0 16px; }
      tr { break-inside: avoid; } }

    """
}
