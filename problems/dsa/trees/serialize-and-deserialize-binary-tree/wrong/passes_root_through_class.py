# expect: RE
class Codec:
    stash = []

    def serialize(self, root):
        Codec.stash.append(root)   # state shared between the two instances
        return ""

    def deserialize(self, data):
        return Codec.stash.pop()
