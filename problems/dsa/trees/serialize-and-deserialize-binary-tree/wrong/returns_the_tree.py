# expect: RE
class Codec:
    def serialize(self, root):
        return root          # not a string at all

    def deserialize(self, data):
        return data          # hands back the ORIGINAL tree
