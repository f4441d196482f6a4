"""The bottom of the pipeline: encodings, diagnostics and the validated spec model.

Every other stage imports from here; nothing here imports from another stage.
"""
