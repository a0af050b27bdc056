"""Spot payments created by a webshop plugin, whose shop order Paydesk cannot update.

Dintero stores the creator's ``Dintero-System-*`` headers lower-cased in
``initiating_system_request_headers``. WooCommerce and Magento plugins name themselves
there; capturing or refunding from here leaves the shop's order as it was.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

__all__ = ["plugin_warning", "system_of"]

_KNOWN_SHOPS = {
    "woocommerce": "WooCommerce",
    "wordpress": "WooCommerce",
    "magento": "Magento",
    "shopify": "Shopify",
    "prestashop": "PrestaShop",
    "episerver": "Episerver",
    "optimizely": "Optimizely",
    "centra": "Centra",
    "quickbutik": "Quickbutik",
}
_OURSELVES = {"paydesk"}


def system_of(headers: Mapping[str, str] | None) -> str | None:
    """The shop system that created the payment, or None for Paydesk/unknown/none."""
    if not headers:
        return None
    name = (headers.get("dintero-system-name") or "").strip()
    plugin = (headers.get("dintero-system-plugin-name") or "").strip()
    if name.lower() in _OURSELVES or plugin.lower() in _OURSELVES:
        return None
    for text in (name, plugin):
        lowered = text.lower()
        for key, label in _KNOWN_SHOPS.items():
            if key in lowered:
                return label
    if plugin:
        return plugin
    return name or None


def plugin_warning(headers: Mapping[str, str] | None) -> str | None:
    """The warning to show in the detail pane, or None."""
    system = system_of(headers)
    if system is None:
        return None
    return QCoreApplication.translate(
        "PluginWarning",
        "This payment was created by {system}. Capturing, refunding or voiding "
        "it here will not update the order in {system}: update the order there "
        "as well.",
    ).format(system=system)
