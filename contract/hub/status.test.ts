import { describe, expect, it } from 'vitest';
import { shareWithInput } from './status';

describe('choosing the local authority the hub shares with', () => {
  it('keeps the name as typed, without spaces around it', () => {
    expect(shareWithInput.parse({ homeId: 1, localAuthority: '  Leeds City Council ' })).toEqual({
      homeId: 1,
      localAuthority: 'Leeds City Council',
    });
  });

  it('reads a blank name, spaces only included, as sharing with no one', () => {
    expect(shareWithInput.parse({ homeId: 1, localAuthority: '' }).localAuthority).toBeNull();
    expect(shareWithInput.parse({ homeId: 1, localAuthority: '   ' }).localAuthority).toBeNull();
  });
});
