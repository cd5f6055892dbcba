"""The constructions benchmarks/repeats.py times exercise what they claim to: each fills the
Article field it stresses, so a flat cost there is a flat cost of that path, not of an empty run.
(No timing here: the script measures, the suite checks its inputs and its arguments.)"""

from __future__ import annotations

import pytest
from benchmark_scripts import load


@pytest.fixture(scope="module")
def repeats():
    return load("repeats")


@pytest.mark.parametrize("name", sorted(load("repeats").CONSTRUCTIONS))
def test_construction_fills_its_field(repeats, extractor, name):
    construction = repeats.CONSTRUCTIONS[name]
    article = extractor.extract(repeats.sample(construction.make, 3, seed=1))
    assert getattr(article, construction.expects), (name, construction.expects)


@pytest.mark.parametrize("name", ["award_list", "award_ranked", "grant_recipients",
                                  "grant_named_before", "cup_won_next"])
def test_award_constructions_name_recipients(repeats, extractor, name):
    article = extractor.extract(repeats.sample(repeats.CONSTRUCTIONS[name].make, 3, seed=1))
    assert any(award.recipients for award in article.awards)


def test_distinct_rows_grow_new_names_same_rows_do_not(repeats):
    distinct = repeats.sample(repeats.CONSTRUCTIONS["titled_distinct"].make, 4, seed=1)
    same = repeats.sample(repeats.CONSTRUCTIONS["titled_same"].make, 4, seed=1)
    assert len(set(distinct.rstrip(".").split(". "))) == 4
    assert len(set(same.rstrip(".").split(". "))) == 1


@pytest.mark.parametrize("argv", [["--only", "no_such_row"], ["--repeats", "400,100"],
                                  ["--repeats", "100"]])
def test_bad_arguments_are_refused(repeats, argv):
    with pytest.raises(SystemExit) as err:
        repeats.main(argv)
    assert err.value.code == 2
