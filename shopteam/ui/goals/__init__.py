"""Goals (目标): the year → quarter → month tree with progress, and the goal dialog."""
