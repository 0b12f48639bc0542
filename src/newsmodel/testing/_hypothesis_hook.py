"""Registers newsmodel's model strategies for ``st.from_type``.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported, through
the ``hypothesis`` entry-point group newsmodel declares; calling it again is
harmless.  ``st.from_type(newsmodel.Article)`` then gives valid articles,
and so does inference through ``st.builds`` and ``@given(article=...)``
with type annotations.
"""

from __future__ import annotations

from hypothesis import strategies as st


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every model class newsmodel's strategies make."""
    from newsmodel._model import (
        Actor,
        Article,
        ArticleDate,
        Attribution,
        Block,
        DateMention,
        DateValue,
        Debris,
        Event,
        Mention,
        OffsetMap,
        Quote,
        Span,
    )
    from newsmodel.testing import _models as m

    # Objects that point into a text are drawn with a text they fit.
    text = st.text(max_size=40)
    st.register_type_strategy(Span, m.spans())
    st.register_type_strategy(Mention, m.mentions())
    st.register_type_strategy(Block, m.blocks())
    st.register_type_strategy(Attribution, m.attributions())
    st.register_type_strategy(DateValue, m.date_values())
    st.register_type_strategy(ArticleDate, m.article_dates())
    st.register_type_strategy(DateMention, text.flatmap(m.date_mentions))
    st.register_type_strategy(Actor, m.actors())
    st.register_type_strategy(Quote, text.flatmap(m.quotes))
    st.register_type_strategy(Event, text.flatmap(m.events))
    st.register_type_strategy(Debris, m.debris())
    st.register_type_strategy(OffsetMap, m.offset_maps())
    st.register_type_strategy(Article, m.articles())
