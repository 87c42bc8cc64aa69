"""The floor the dashboard's first render is measured against: a one-chart
Streamlit page (one plotly chart of a few bars), served in the same run by
`python -m bench.app_render`."""
import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="floor", layout="wide")
st.title("One chart")
st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[3, 1, 2])), key="floor")
