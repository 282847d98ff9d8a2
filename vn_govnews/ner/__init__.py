"""The statistical NER: spaCy config, training data, training and assembly."""
