"""vmcsgen: exact VMCS layouts from YAML specs, rendered as Python, C and translations."""

__version__ = "0.1.0"
