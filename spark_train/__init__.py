"""Spark training: LoRA continual pretraining on Ray Train (`spark train`), evaluation
(`spark eval`, in spark_train.eval) and the model/config helpers they share."""
