"""The limits Khabar states and enforces, in one place.

The engine refuses a text longer than MAX_CHARS with a clear AnalysisError;
the readers refuse a file larger than MAX_UPLOAD_MB (also Streamlit's
server.maxUploadSize in .streamlit/config.toml). Time is bounded by size:
analysis is linear in the text's length (bench/ measures it), so the longest
text accepted takes seconds, not minutes.
"""
MAX_CHARS = 6_000_000      # the longest text analysed: any 5 MB paste fits
MAX_UPLOAD_MB = 20         # the largest file read
