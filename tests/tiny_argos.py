"""Build a tiny but real argostranslate package offline, for tests and benchmarks.

The package is what argostranslate 1.11 loads from a `.argosmodel` file: a zip holding one folder with
`metadata.json`, a CTranslate2 model in `model/`, a `sentencepiece.model`, and a MiniSBD splitter
(`minisbd/ja.onnx`) so that argostranslate never downloads one. Nothing binary is committed: every
part is made here in a fraction of a second.

- The sentencepiece model is trained on a few hundred generated lines (kana, ASCII, punctuation and
  bracket characters), with byte fallback so any other character (kanji) is copied as UTF-8 bytes.
- The CTranslate2 model is a one-layer TransformerSpec whose weights are set by hand so that it copies
  its input: the decoder's cross-attention looks up the source position equal to the decoding step
  (one-hot positions) and writes the source token there into the output logits. The source end token
  gets a small attention bonus, so a beam that runs past the end attends to it and finishes.
  `drop_chars` makes the copy deliberately unfaithful: every piece holding one of those characters
  comes out as a space, to test how yakugo reacts to a model that mangles placeholders.
- The MiniSBD splitter is a rule-based ONNX graph: a lookup table that marks 。！？!? as sentence ends.
"""
from __future__ import annotations

import io
import json
import random
import tempfile
import zipfile
from pathlib import Path

import numpy as np

PACKAGE_NAME = "translate-ja_en-tiny_copy"
SENTENCE_ENDS = "。！？!?"

_HIRAGANA = [chr(c) for c in range(0x3041, 0x3097)]
_KATAKANA = [chr(c) for c in range(0x30A1, 0x30FB)] + ["ー"]
_ASCII_WORDS = ("Kim Jong Un Putin Lavrov Seoul Moscow Pyongyang the of and in to said minister "
                "talks summit missile test press report year month day").split()
_PUNCT = list("。、「」『』（）・：！？!?,.;:'\"-+*/=()[]{}<>#@%&$~|^⟦⟧〔〕【】《》") + [str(d) for d in range(10)]
_LETTERS = [chr(c) for c in range(ord("A"), ord("Z") + 1)] + [chr(c) for c in range(ord("a"), ord("z") + 1)]


def training_lines(n: int = 300, seed: int = 7) -> list[str]:
    """A few hundred generated lines covering kana, ASCII letters, digits, punctuation and brackets."""
    rnd = random.Random(seed)
    lines = []
    # Every character at least once, so that each is a piece of its own and not a byte sequence.
    inventory = _HIRAGANA + _KATAKANA + _PUNCT + _LETTERS
    for start in range(0, len(inventory), 20):
        lines.append("".join(inventory[start:start + 20]))
    while len(lines) < n:
        parts = []
        for _ in range(rnd.randint(3, 9)):
            kind = rnd.random()
            if kind < 0.45:
                parts.append("".join(rnd.choice(_HIRAGANA) for _ in range(rnd.randint(1, 4))))
            elif kind < 0.7:
                parts.append("".join(rnd.choice(_KATAKANA) for _ in range(rnd.randint(2, 5))))
            elif kind < 0.85:
                parts.append(" " + rnd.choice(_ASCII_WORDS) + " ")
            else:
                parts.append(rnd.choice(_PUNCT))
        lines.append("".join(parts) + rnd.choice("。。。！？"))
    return lines


def train_sentencepiece(lines: list[str], vocab_size: int = 600) -> bytes:
    """Train a sentencepiece unigram model in memory and return its serialized bytes."""
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=model, vocab_size=vocab_size,
        model_type="unigram", character_coverage=1.0, byte_fallback=True,
        normalization_rule_name="identity", hard_vocab_limit=False, minloglevel=2,
        num_threads=1, unk_id=0, bos_id=1, eos_id=2, pad_id=-1,
    )
    return model.getvalue()


def copy_model_spec(vocab: list[str], max_positions: int = 256, eos_token: str = "</s>", drop_chars: str = ""):
    """A CTranslate2 TransformerSpec (1 layer, 1 head) whose hand-set weights copy the source tokens.

    Residual dimensions: [0, V) token one-hot, [V, V+P) position one-hot. Every LayerNorm that feeds a
    layer sees vectors with fixed mean and variance, so its gamma/beta are chosen to make it the identity.
    """
    import ctranslate2

    V, P = len(vocab), max_positions
    D = V + P
    eps = 1e-6
    index = {tok: i for i, tok in enumerate(vocab)}
    eos = index[eos_token]
    f32 = np.float32

    def identity_norm(ones: int):
        # A vector with `ones` entries equal to 1 and the rest 0: LN(x) = (x - m) / s, so gamma = s, beta = m
        # turns it back into x.
        m = ones / D
        s = np.sqrt(ones / D - m * m + eps)
        return np.full(D, s, f32), np.full(D, m, f32)

    def plain_norm():
        return np.ones(D, f32), np.zeros(D, f32)

    def set_norm(spec, gamma_beta):
        spec.gamma, spec.beta = gamma_beta

    def set_linear(spec, weight, bias=None):
        spec.weight = weight.astype(f32)
        spec.bias = (np.zeros(weight.shape[0], f32) if bias is None else bias.astype(f32))

    def zero_attention(att, fused: int):
        set_linear(att.linear[0], np.zeros((fused * D, D), f32))
        set_linear(att.linear[1], np.zeros((D, D), f32))

    def zero_ffn(ffn):
        set_norm(ffn.layer_norm, plain_norm())
        set_linear(ffn.linear_0, np.zeros((4, D), f32))
        set_linear(ffn.linear_1, np.zeros((D, 4), f32))

    spec = ctranslate2.specs.TransformerSpec.from_config(num_layers=1, num_heads=1, pre_norm=True)
    spec.config.layer_norm_epsilon = eps
    spec.config.add_source_eos = True  # the end token the decoder copies last

    tokens = np.eye(V, D, dtype=f32)                       # token i -> e_i
    positions = np.eye(P, D, k=V, dtype=f32)               # position p -> e_{V+p}

    enc = spec.encoder
    enc.scale_embeddings = False
    enc.embeddings[0].weight = tokens
    enc.position_encodings.encodings = positions
    layer = enc.layer[0]
    set_norm(layer.self_attention.layer_norm, plain_norm())
    zero_attention(layer.self_attention, fused=3)
    zero_ffn(layer.ffn)
    set_norm(enc.layer_norm, identity_norm(2))             # encoder output = e_tok + e_pos

    dec = spec.decoder
    dec.scale_embeddings = False
    dec.embeddings.weight = np.zeros((V, D), f32)          # the previous token plays no part
    dec.position_encodings.encodings = positions
    layer = dec.layer[0]
    set_norm(layer.self_attention.layer_norm, plain_norm())
    zero_attention(layer.self_attention, fused=3)
    zero_ffn(layer.ffn)

    # Cross-attention: query = step position, key = source position (+ a bonus on the end token),
    # value = source token, written back into the token dimensions.
    att = layer.attention
    set_norm(att.layer_norm, identity_norm(1))             # decoder residual here is e_pos only
    sharp = 50.0 * np.sqrt(D)                              # score 50 for the matching position
    bonus = 20.0 * np.sqrt(D)                              # beats ~P unmatched positions, loses to a match
    w_q = np.zeros((D, D), f32)
    w_q[V:, V:] = np.eye(P) * sharp
    b_q = np.zeros(D, f32)
    b_q[0] = 1.0                                           # constant query component for the bonus
    set_linear(att.linear[0], w_q, b_q)
    w_k = np.zeros((D, D), f32)
    w_k[V:, V:] = np.eye(P)
    w_k[0, eos] = bonus                                    # key dim 0 = bonus when the token is </s>
    w_v = np.zeros((D, D), f32)
    w_v[:V, :V] = np.eye(V)
    for i, piece in enumerate(vocab):
        if not (piece.startswith("<") and piece.endswith(">")) and any(c in piece for c in drop_chars):
            w_v[i, i] = 0.0
            w_v[index["▁"], i] = 1.0
    set_linear(att.linear[1], np.concatenate([w_k, w_v]))
    w_o = np.zeros((D, D), f32)
    w_o[:V, :V] = np.eye(V)
    set_linear(att.linear[2], w_o)

    set_norm(dec.layer_norm, plain_norm())
    w_out = np.zeros((V, D), f32)
    w_out[:, :V] = np.eye(V) * 2.0
    set_linear(dec.projection, w_out)

    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize(quantization="int8")  # one-hot rows quantize exactly; 4x smaller, faster to write and load
    return spec


def minisbd_onnx(lang: str = "ja") -> bytes:
    """A rule-based MiniSBD model: every character ends a token; 。！？!? also end a sentence."""
    import onnx
    from onnx import TensorProto, helper

    units = ["<PAD>", "<UNK>", *SENTENCE_ENDS]
    table = np.zeros((len(units), 5), np.float32)
    table[:, 1] = 10.0                                     # class 1: token boundary
    for i, unit in enumerate(units):
        if unit in SENTENCE_ENDS:
            table[i] = 0.0
            table[i, 2] = 10.0                             # class 2: sentence boundary
    graph = helper.make_graph(
        [helper.make_node("Gather", ["table", "units"], ["logits"], axis=0),
         # `features` is part of MiniSBD's input contract; multiply it in with weight 0 so it stays an input.
         helper.make_node("ReduceSum", ["features"], ["feat_sum"], keepdims=1, noop_with_empty_axes=0),
         helper.make_node("Mul", ["feat_sum", "zero"], ["feat_zero"]),
         helper.make_node("Add", ["logits", "feat_zero"], ["scores"])],
        "rule_sbd",
        [helper.make_tensor_value_info("units", TensorProto.INT64, ["batch", "time"]),
         helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", "time", "feats"])],
        [helper.make_tensor_value_info("scores", TensorProto.FLOAT, ["batch", "time", 5])],
        initializer=[helper.make_tensor("table", TensorProto.FLOAT, table.shape, table.flatten().tolist()),
                     helper.make_tensor("zero", TensorProto.FLOAT, [], [0.0])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
    vocab_state = {"lang": lang, "idx": 0, "cutoff": 0, "lower": False,
                   "_id2unit": units, "_unit2id": {u: i for i, u in enumerate(units)}}
    config = {"skip_newline": False, "max_seqlen": 1000, "no_ssplit": False, "batch_size": 16,
              "feat_funcs": [], "use_dictionary": False, "num_dict_feat": 0}
    for key, value in (("lang_code", lang), ("config", json.dumps(config)), ("vocab", json.dumps(vocab_state))):
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.checker.check_model(model)
    return model.SerializeToString()


def build_package(out_path: str | Path, *, lines: list[str] | None = None, max_positions: int = 256,
                  drop_chars: str = "", package_version: str = "0.1",
                  name: str = PACKAGE_NAME) -> Path:
    """Write a ja→en `.argosmodel` at `out_path` whose model copies its input; return the path."""
    import sentencepiece as spm

    out_path = Path(out_path)
    sp_bytes = train_sentencepiece(lines if lines is not None else training_lines())
    sp = spm.SentencePieceProcessor(model_proto=sp_bytes)
    vocab = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    metadata = {
        "package_version": package_version, "argos_version": "1.9", "from_code": "ja", "from_name": "Japanese",
        "to_code": "en", "to_name": "English", "type": "translate", "links": [],
        "description": "yakugo test model: copies its input (hand-set CTranslate2 weights)",
    }
    with tempfile.TemporaryDirectory() as tmp:
        copy_model_spec(vocab, max_positions, drop_chars=drop_chars).save(tmp)
        model_files = sorted(Path(tmp).iterdir())
        out_path.parent.mkdir(parents=True, exist_ok=True)
        # Stored, not deflated: the weights are mostly zeros but compressing them costs more time than it saves.
        with zipfile.ZipFile(out_path, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr(f"{name}/metadata.json", json.dumps(metadata, indent=2))
            zf.writestr(f"{name}/README.md", "Test model built by yakugo's tests/tiny_argos.py; copies its input.\n")
            zf.writestr(f"{name}/sentencepiece.model", sp_bytes)
            zf.writestr(f"{name}/minisbd/ja.onnx", minisbd_onnx("ja"))
            for f in model_files:
                zf.write(f, f"{name}/model/{f.name}")
    return out_path


if __name__ == "__main__":  # python tests/tiny_argos.py OUT.argosmodel
    import sys
    import time

    t0 = time.perf_counter()
    path = build_package(sys.argv[1] if len(sys.argv) > 1 else "tiny.argosmodel")
    print(f"{path} ({path.stat().st_size // 1024} KiB) in {time.perf_counter() - t0:.2f} s")
