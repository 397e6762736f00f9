#!/usr/bin/env bash
# Create .venv-teachers/ in the repository root: the packaged models Bastion
# distils from at training time (never imported by the runtime).
#   tox-block 0.1.2          (MIT) Jigsaw six labels, a Keras LSTM; needs TensorFlow
#                            with the legacy Keras 2 API (tf-keras, TF_USE_LEGACY_KERAS=1)
#   alt-profanity-check 1.9.1 (MIT) one "offensive" score; pins scikit-learn/joblib exactly
# Both live in one environment: tox-block accepts any scikit-learn >= 0.22. Its
# pickled encoder is a keras_preprocessing Tokenizer (keras-preprocessing, MIT), and
# its .h5 model loads only through Keras 2 (tf-keras) -- Keras 3 cannot read it.
# About 2.5 GB; a few minutes. Then bastion.learn.teachers runs
# src/bastion/learn/teacher_worker.py with .venv-teachers/bin/python.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv-teachers
python=""
for candidate in python3.11 python3.12 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(not ((3, 11) <= sys.version_info < (3, 14)))' 2>/dev/null; then
    python=$candidate; break
  fi
done
[[ -n "$python" ]] || { echo "setup-teachers: Python 3.11-3.13 is required" >&2; exit 1; }

[[ -x $venv/bin/python ]] || "$python" -m venv "$venv"
"$venv/bin/pip" install -q --upgrade pip
"$venv/bin/pip" install -q \
  "tox-block==0.1.2" \
  "alt-profanity-check==1.9.1" "scikit-learn==1.9.1" "joblib==1.6.0" \
  "tensorflow==2.21.0" "tf-keras==2.21.0" "keras-preprocessing==1.1.2" \
  "pandas>=2,<3"

# Offline smoke test: both load from the package's own files and score two texts.
LANG=C.UTF-8 TF_USE_LEGACY_KERAS=1 TF_CPP_MIN_LOG_LEVEL=3 CUDA_VISIBLE_DEVICES="" \
  "$venv/bin/python" src/bastion/learn/teacher_worker.py --self-test
echo "setup-teachers: $venv ready"
