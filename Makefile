# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SAMPLE := sample_data/page_russia_china.txt

.PHONY: setup setup-dev run fonts test bench analyze clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed

setup-dev: $(VENV)/.installed-dev

run: setup fonts
	$(PY) -m streamlit run app.py --browser.gatherUsageStats false

# The briefing card's Arabic font comes with requirements.txt (fontpkg-noto-sans-arabic);
# Debian's fonts-noto-core adds Noto Naskh Arabic for its headline. Say so once, never fail.
fonts: setup
	@$(PY) -c "from analysis.views import render; names = render.fonts_ready(); \
	print('fonts: ' + ', '.join(f for f in (render.ARABIC, render.HEADLINE) if f in names) + ' found' \
	+ ('' if render.HEADLINE in names else '; for the card headline in Naskh: apt-get install ' + render.DEBIAN_FONTS))"

analyze: setup
	$(PY) -m analysis $(SAMPLE)

test: setup-dev
	$(PY) -m pytest -q

bench: setup-dev
	$(PY) -m bench

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis artifacts
