"""Text preparation, segmentation and morphology: the stages before extraction."""
