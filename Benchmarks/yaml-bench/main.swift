print("yaml-bench: not yet")
