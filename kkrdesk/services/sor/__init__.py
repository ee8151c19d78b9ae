"""The network's proposals to SOR: the proposals and their dated course, consultation
rounds with their recipients and answers, and the reference codes to pick from."""
