"""`spark eval`: perplexity (sliding window, per domain), a completion benchmark scored in a
fixed reference tokenizer, and 13-gram decontamination against the training blocks, for one
or more models (HF checkpoints, optionally with a LoRA adapter), on Ray.

    spark eval --config configs/eval/tiny.yaml --corpus out/tiny --model path=ckpt/base
"""
