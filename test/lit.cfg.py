# lit configuration for Riskcard's suites.
#
# Substitutions: %riskc, %risk-opt, %stdlib (the stdlib folder), %src (the
# repository), %shared (../shared), %python. Features: `shared-data` when
# ../shared/datasets is present (tests of the unlicensed datasets need it and
# are reported UNSUPPORTED, not passed, without it), `chromium` and `playwright` (installed by
# tools/setup.sh under test/browser) for the browser test, `jsonschema` for schema validation.
import os
import shutil
import subprocess

import lit.formats

config.name = "Riskcard"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".riskcard", ".test", ".mlir"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py", "unit",
                   "browser", "fuzz", "data", "diff"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.risk_obj_root, "test")

config.environment["NO_COLOR"] = "1"
config.environment["RISKC_STDLIB"] = os.path.join(config.risk_src_root, "stdlib")
for var in ["HOME", "PATH", "TMPDIR"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]

config.substitutions.append(("%riskc", os.path.join(config.risk_tools_dir, "riskc")))
config.substitutions.append(("%risk-opt", os.path.join(config.risk_tools_dir, "risk-opt")))
config.substitutions.append(("%risk-bench-guard", os.path.join(config.risk_tools_dir, "risk-bench-guard")))
config.substitutions.append(("%risk-bench-batch", os.path.join(config.risk_tools_dir, "risk-bench-batch")))
config.substitutions.append(("%risk-policy-diff", os.path.join(config.risk_tools_dir, "risk-policy-diff")))
config.substitutions.append(("%stdlib", os.path.join(config.risk_src_root, "stdlib")))
config.substitutions.append(("%src", config.risk_src_root))
config.substitutions.append(("%shared", config.risk_shared_dir))
config.substitutions.append(("%python", config.python))
# FileCheck, not, count and split-file come from LLVM's tools folder.
config.environment["PATH"] = os.pathsep.join(
    [config.risk_tools_dir, config.llvm_tools_dir, config.environment.get("PATH", "")])

if os.path.isdir(os.path.join(config.risk_shared_dir, "datasets")):
    config.available_features.add("shared-data")
if shutil.which("chromium"):
    config.available_features.add("chromium")
if shutil.which("tmux"):
    config.available_features.add("tmux")
if shutil.which("node") and os.path.isdir(
        os.path.join(config.risk_src_root, "test", "browser", "node_modules", "playwright-core")):
    config.available_features.add("playwright")
if subprocess.call([config.python, "-c", "import jsonschema"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0:
    config.available_features.add("jsonschema")

# GPU guards: `ptxas` (CUDA toolkit) builds cubins; `cuda-device` is a
# machine whose driver sees a GPU (the device tests need one; everything else
# builds and checks the GPU code without it).
cuda_home = os.environ.get("CUDA_HOME") or "/usr/local/cuda"
if os.access(os.path.join(cuda_home, "bin", "ptxas"), os.X_OK):
    config.available_features.add("ptxas")
    config.substitutions.append(("%ptxas", os.path.join(cuda_home, "bin", "ptxas")))
_probe = ("import ctypes,sys\n"
          "try:\n"
          "  c=ctypes.CDLL('libcuda.so.1')\n"
          "except OSError:\n"
          "  sys.exit(1)\n"
          "n=ctypes.c_int(0)\n"
          "sys.exit(0 if c.cuInit(0)==0 and c.cuDeviceGetCount(ctypes.byref(n))==0 and n.value>0 else 1)\n")
if subprocess.call([config.python, "-c", _probe],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0:
    config.available_features.add("cuda-device")
