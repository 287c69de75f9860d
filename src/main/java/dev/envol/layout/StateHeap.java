package dev.envol.layout;

import java.util.Arrays;

/** A binary min-heap of (key, state) pairs on primitive arrays, for the route search. */
final class StateHeap {
    private double[] keys = new double[256];
    private int[] states = new int[256];
    private int size;

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    double peekKey() {
        return keys[0];
    }

    void add(int state, double key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            states = Arrays.copyOf(states, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int up = (i - 1) >>> 1;
            if (keys[up] <= key) {
                break;
            }
            keys[i] = keys[up];
            states[i] = states[up];
            i = up;
        }
        keys[i] = key;
        states[i] = state;
    }

    int poll() {
        int top = states[0];
        size--;
        if (size > 0) {
            double key = keys[size];
            int state = states[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                states[i] = states[child];
                i = child;
            }
            keys[i] = key;
            states[i] = state;
        }
        return top;
    }
}
