"""Matrix products through NumPy's BLAS.

thinc's `NumpyOps.gemm` calls the bundled BLIS library, which on some CPUs
(including the AMD machines this project is measured on) runs a generic
kernel several times slower than NumPy's own BLAS. `use_numpy_blas` gives a
loaded pipeline's models an `Ops` whose `gemm` is `numpy.matmul`; results
are the same up to floating-point rounding. It changes only the models of
the pipeline it is given (nothing global).
"""

import numpy
from thinc.api import NumpyOps


class NumpyBlasOps(NumpyOps):
    """`NumpyOps` with matrix products by NumPy (OpenBLAS) instead of BLIS."""

    name = "vn_govnews_numpy_blas"

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


def use_numpy_blas(nlp):
    """Switch the trainable components of `nlp` to `NumpyBlasOps`.

    nlp (Language): a loaded pipeline.
    RETURNS (Language): the same pipeline.
    """
    ops = NumpyBlasOps()
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = ops
    return nlp
