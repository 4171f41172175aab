"""variant_key: the spelling variants of one name meet, different names stay apart."""
from __future__ import annotations

import pytest

from glossary.normalize import old_to_new_kanji, variant_key


@pytest.mark.parametrize("a, b", [
    ("ＫＮ－２３", "KN-23"),                      # width
    ("ラヴロフ", "ラブロフ"),                      # ヴ/ブ
    ("ヴォストーチヌイ", "ボストーチヌイ"),
    ("メドヴェージェフ", "メドベージェフ"),
    ("ウラジミール", "ウラジーミル"),              # long vowel
    ("ショイグ", "シヨイグ"),                      # small/full-size kana
    ("平壤", "平壌"),                              # old/new kanji
    ("國務長官", "国務長官"),
    ("ウラジーミル・プーチン", "ウラジーミル＝プーチン"),  # separators
    ("ナポレオン 1世", "ナポレオン１世"),
    ("ﾌﾟｰﾁﾝ", "プーチン"),                         # half-width kana
    ("Schröder", "schroder"),                     # Latin case and accents
])
def test_variants_meet(a, b):
    assert variant_key(a) == variant_key(b)


@pytest.mark.parametrize("a, b", [
    ("プーチン", "プーシキン"),
    ("金正恩", "金正日"),
    ("ラブロフ", "ラプロフ"),   # bu/pu is a real difference (a typo is not a variant)
    ("KN-23", "KN-24"),
])
def test_different_names_stay_apart(a, b):
    assert variant_key(a) != variant_key(b)


def test_kanji_table_maps_old_to_new_only():
    table = old_to_new_kanji()
    assert table["壤"] == "壌" and table["國"] == "国" and table["發"] == "発"
    assert len(table) > 250
    assert all(old != new for old, new in table.items())
    assert not set(table) & set(table.values()) - {"弁"}  # no chains: a new form is never itself an old form
