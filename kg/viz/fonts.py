"""A CJK font for matplotlib charts, or a clear warning that Chinese labels would draw as empty boxes (tofu)."""
from __future__ import annotations

from collections.abc import Iterable

# Fonts that draw Chinese, the first installed one wins (fonts-wqy-microhei is what scripts/system-deps.sh installs).
CJK_FONTS = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
             "Noto Sans CJK JP", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC")
NO_CJK = ("WARNING: no CJK font is installed, so Chinese labels would draw as empty boxes (tofu); the charts label "
          "in English. Install one (scripts/system-deps.sh installs fonts-wqy-microhei) and restart the kernel.")


def cjk_font(installed: Iterable[str]) -> str | None:
    """The first font of CJK_FONTS among the ``installed`` font names, or None."""
    names = set(installed)
    return next((f for f in CJK_FONTS if f in names), None)


def use_cjk_font() -> str | None:
    """Make matplotlib draw with a CJK font if one is installed, print which one (or the warning), return it."""
    import matplotlib
    from matplotlib import font_manager

    font = cjk_font(f.name for f in font_manager.fontManager.ttflist)
    if font is None:
        print(NO_CJK)
        return None
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [font, *matplotlib.rcParams["font.sans-serif"]]
    print(f"CJK font for the charts: {font}")
    return font
