"""The engine: one dimension a module, read in one pass each (scan → numbers
→ dates → figures → events). Nothing here imports a view or a page."""
