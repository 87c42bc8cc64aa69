"""What the pages and the command line show of an analysis: tables, charts,
highlighted RTL HTML, values in words, summaries and the briefing card.
Views read an `Analysis`; they never parse text and never import a page."""
