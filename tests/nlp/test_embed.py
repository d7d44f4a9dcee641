import numpy as np
import pytest

from eventatlas.nlp.embed import get_embedder


def test_bundled_model_gives_unit_vectors_that_cross_languages():
    embedder = get_embedder()
    vectors = embedder.embed(
        [
            "IS-krigere angrep militsen nær Samarra og drepte ti.",
            "Des jihadistes de l'EI ont attaqué le Hachd près de Samarra, tuant dix combattants.",
            "Norges Bank setter renten til null.",
        ]
    )
    assert vectors.shape == (3, embedder.dim)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-3)
    query = embedder.embed(["attack on Iraqi militia near Samarra"], query=True)[0]
    scores = vectors @ query
    assert scores[0] > scores[2] and scores[1] > scores[2]


def test_no_texts_no_work():
    assert get_embedder().embed([]).shape == (0, get_embedder().dim)


def test_unknown_model_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown embedding model 'bogus'"):
        get_embedder("bogus")
