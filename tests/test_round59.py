"""Round 59: a house named before its proceedings, North Korea's state bodies and news agency in English, an
agency quoted in a credit line, and a body's own proper name before a generic office (invented sentences)."""
from extract_helpers import by_ja, rendered, type_of_entry

from glossary.extract import extract


def test_a_house_named_before_its_proceedings_is_the_body():
    assert type_of_entry(extract("首相は国会答弁で慎重な姿勢を示した。"), "国会") == "org"
    assert type_of_entry(extract("野党は国会審議を拒否した。"), "国会") == "org"
    # (a word that only starts so is not: 国会図書館 is the library)
    assert by_ja(extract("国会図書館で資料を調べた。"), "国会") is None


def test_north_koreas_party_state_bodies_and_agency_have_their_own_english():
    entries = rendered("朝鮮中央通信によると、国家保衛省と朝鮮人民軍が最高人民会議に報告した。")
    assert entries["朝鮮中央通信"].en == "Korean Central News Agency"
    assert entries["国家保衛省"].en == "Ministry of State Security"
    assert entries["朝鮮人民軍"].en == "Korean People's Army"
    assert entries["最高人民会議"].en == "Supreme People's Assembly"


def test_an_agency_quoted_in_a_credit_line_is_media_not_a_place():
    entries = extract("（朝鮮中央通信＝共同）金正恩総書記が工場を視察した。")
    assert type_of_entry(entries, "朝鮮中央通信") == "media"
    assert type_of_entry(extract("（タス＝共同）プーチン大統領が述べた。"), "タス") == "media"


def test_a_bodys_own_proper_name_beats_the_generic_office_it_is_glossed_by():
    entries = rendered("当時の青瓦台（大統領府）は声明を出した。")
    assert entries["青瓦台"].en == "Blue House"


def test_a_provisional_government_named_by_its_country_is_a_body_its_short_name_joins():
    entries = extract("1919年に上海で大韓民国臨時政府が樹立された。臨時政府は独立運動を率いた。")
    entry = by_ja(entries, "大韓民国臨時政府")
    assert entry is not None and entry.type == "org" and "臨時政府" in entry.variants
    assert type_of_entry(extract("政府は臨時政府の樹立を検討した。"), "臨時政府") != "org"
