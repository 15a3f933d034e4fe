"""The Qt user interface: one package per screen; widgets call services and show what comes back."""
