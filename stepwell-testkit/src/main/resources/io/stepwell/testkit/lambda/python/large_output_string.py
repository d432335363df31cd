def handler(event, context):
    # 257 KiB of "a": more than the 256 KiB a state's result may hold.
    size = 257 * 1024
    output = "a" * size

    return output
